package org.parley.dossier.content;

import java.util.List;

/**
 * A piece of the PDF as its template draws it: a labelled value, a titled group of
 * pieces, or a table. Everything in it is already in the reader's words.
 */
sealed interface Block permits Block.Field, Block.Group, Block.Table {

	/** A labelled value; {@code text} may hold line breaks. */
	record Field(String label, String text) implements Block {

		public String kind() {
			return "field";
		}

	}

	/** A titled group of pieces: a record inside a record, one row of a list. */
	record Group(String title, List<Block> blocks) implements Block {

		public String kind() {
			return "group";
		}

	}

	/** A table with its title (may be null), column headers and rows of cells. */
	record Table(String title, List<String> headers, List<List<String>> rows) implements Block {

		public String kind() {
			return "table";
		}

	}

	String kind();

}
