package org.parley.dossier.content;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The dossier's stream as a file's writer sees it: closing the writer flushes but leaves
 * the dossier's stream open for the next file.
 */
final class NonClosing extends FilterOutputStream {

	private NonClosing(OutputStream out) {
		super(out);
	}

	static OutputStream of(OutputStream out) {
		return new NonClosing(out);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		this.out.write(b, off, len);
	}

	@Override
	public void close() throws IOException {
		flush();
	}

}
