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

		/** Rows per {@code tbody} of the PDF. */
		static final int ROWS_PER_GROUP = 40;

		public String kind() {
			return "table";
		}

		/**
		 * The rows in groups, each drawn as a {@code tbody} of its own. The PDF renderer
		 * recomputes the cell widths of a whole {@code tbody} as it lays out its rows, so
		 * one {@code tbody} of the 2,000 entries of a long case's history cost time
		 * growing with the square of its rows; groups of 40 look the same on the page.
		 */
		public List<List<List<String>>> rowGroups() {
			List<List<List<String>>> groups = new java.util.ArrayList<>();
			for (int from = 0; from < this.rows.size(); from += ROWS_PER_GROUP) {
				groups.add(this.rows.subList(from, Math.min(this.rows.size(), from + ROWS_PER_GROUP)));
			}
			return groups;
		}

	}

	String kind();

}
