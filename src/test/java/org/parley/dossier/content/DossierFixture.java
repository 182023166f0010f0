package org.parley.dossier.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierFile;
import org.parley.dossier.DossierRequest;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Makes the content of a demo case's dossier, as a given demo user asks for it. */
final class DossierFixture {

	private final CaseDossierContent content;

	private final CaseAccess access;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	DossierFixture(CaseDossierContent content, CaseAccess access, UserDetailsService users, DataSource dataSource) {
		this.content = content;
		this.access = access;
		this.users = users;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	long caseId(String titleStart) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title LIKE ?", Long.class,
				titleStart + "%");
	}

	DossierRequest request(String username, long caseId, Locale locale) {
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
		CaseGrant grant = this.access.toRead(caseId, user);
		return new DossierRequest(grant, user, locale, Instant.parse("2026-12-01T15:00:00Z"));
	}

	/** Every content file, by path. */
	Map<String, byte[]> files(DossierRequest request) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (DossierFile file : this.content.files(request)) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			file.writeTo(out);
			files.put(file.path(), out.toByteArray());
		}
		return files;
	}

}
