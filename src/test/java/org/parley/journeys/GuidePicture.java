package org.parley.journeys;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The user guide's copy of a screenshot: scaled down to a width that reads in a page, and
 * reduced to the 256 colours the page uses most (a screen of text and flat colours loses
 * nothing visible; the file is half as heavy), so that the three guides' pictures stay
 * light enough for the repository.
 */
final class GuidePicture {

	/** Width of the guide's copies. */
	static final int WIDTH = 960;

	private GuidePicture() {
	}

	static void write(byte[] png, Path to) throws IOException {
		BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
		int width = Math.min(WIDTH, shot.getWidth());
		int height = Math.round(shot.getHeight() * (width / (float) shot.getWidth()));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(shot, 0, 0, width, height, null);
		g.dispose();
		ImageIO.write(indexed(scaled), "png", to.toFile());
	}

	/**
	 * The picture in its 256 most frequent colours, every other mapped to the nearest.
	 */
	static BufferedImage indexed(BufferedImage picture) {
		int w = picture.getWidth();
		int h = picture.getHeight();
		int[] pixels = picture.getRGB(0, 0, w, h, null, 0, w);
		Map<Integer, Integer> counts = new HashMap<>();
		for (int pixel : pixels) {
			counts.merge(pixel & 0xffffff, 1, Integer::sum);
		}
		List<Map.Entry<Integer, Integer>> byCount = new ArrayList<>(counts.entrySet());
		byCount.sort((a, b) -> b.getValue() - a.getValue());
		int[] palette = new int[Math.min(256, byCount.size())];
		byte[] r = new byte[palette.length];
		byte[] g = new byte[palette.length];
		byte[] b = new byte[palette.length];
		for (int i = 0; i < palette.length; i++) {
			palette[i] = byCount.get(i).getKey();
			r[i] = (byte) (palette[i] >> 16);
			g[i] = (byte) (palette[i] >> 8);
			b[i] = (byte) palette[i];
		}
		BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
				new IndexColorModel(8, palette.length, r, g, b));
		byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
		Map<Integer, Integer> nearest = new HashMap<>();
		for (int i = 0; i < pixels.length; i++) {
			data[i] = (byte) (int) nearest.computeIfAbsent(pixels[i] & 0xffffff, (colour) -> nearest(colour, palette));
		}
		return out;
	}

	/** The palette's closest colour, weighted as the eye weighs red, green and blue. */
	private static int nearest(int colour, int[] palette) {
		int best = 0;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < palette.length; i++) {
			int dr = ((colour >> 16) & 255) - ((palette[i] >> 16) & 255);
			int dg = ((colour >> 8) & 255) - ((palette[i] >> 8) & 255);
			int db = (colour & 255) - (palette[i] & 255);
			long distance = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return best;
	}

}
