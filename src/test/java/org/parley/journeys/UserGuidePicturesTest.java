package org.parley.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guides show the pictures the journey tests took, and only those: every picture
 * a guide names is in docs/images/journeys/&lt;its language&gt;/, every picture there is
 * shown, the three guides show the same pages, and the pictures stay light enough for the
 * repository.
 */
class UserGuidePicturesTest {

	private static final Path IMAGES = Path.of("docs", "images", "journeys");

	private static final Pattern PICTURE = Pattern.compile("\\]\\(images/journeys/([a-z]{2})/([^)]+\\.png)\\)");

	@Test
	void eachGuideShowsTheJourneyPicturesOfItsOwnLanguageAndNoneIsMissingOrLeftOver() throws IOException {
		List<String> english = pictures("docs/user-guide.md", "en");
		assertThat(english).hasSizeGreaterThan(20);
		assertThat(pictures("docs/user-guide.es.md", "es")).isEqualTo(english);
		assertThat(pictures("docs/user-guide.fr.md", "fr")).isEqualTo(english);
		for (String lang : List.of("en", "es", "fr")) {
			try (Stream<Path> files = Files.list(IMAGES.resolve(lang))) {
				assertThat(files.map((file) -> file.getFileName().toString()).sorted())
					.as("pictures in %s", IMAGES.resolve(lang))
					.containsExactlyInAnyOrderElementsOf(english);
			}
		}
	}

	@Test
	void thePicturesWeighLessThanSixMegabytesInAll() throws IOException {
		try (Stream<Path> files = Files.walk(IMAGES)) {
			long bytes = files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
			assertThat(bytes).isLessThan(6L * 1024 * 1024);
		}
	}

	/**
	 * The pictures a guide shows, in order, each checked to be of the guide's language.
	 */
	private static List<String> pictures(String guide, String lang) throws IOException {
		Matcher found = PICTURE.matcher(Files.readString(Path.of(guide)));
		List<String> names = new java.util.ArrayList<>();
		while (found.find()) {
			assertThat(found.group(1)).as("the language of a picture in %s", guide).isEqualTo(lang);
			assertThat(IMAGES.resolve(lang).resolve(found.group(2))).as("a picture %s shows", guide).isRegularFile();
			names.add(found.group(2));
		}
		return names;
	}

}
