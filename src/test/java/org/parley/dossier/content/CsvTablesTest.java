package org.parley.dossier.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell a spreadsheet would run as a formula is neutralised; other cells are kept as
 * they are.
 */
class CsvTablesTest {

	@Test
	void aCellThatASpreadsheetWouldRunIsNeutralised() {
		assertThat(CsvTables.neutralise("=HYPERLINK(\"http://x\",\"clic\")"))
			.isEqualTo("'=HYPERLINK(\"http://x\",\"clic\")");
		assertThat(CsvTables.neutralise("+52 55 1234")).isEqualTo("'+52 55 1234");
		assertThat(CsvTables.neutralise("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvTables.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvTables.neutralise("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvTables.neutralise("\rcmd")).isEqualTo("'\rcmd");
	}

	@Test
	void anOrdinaryCellIsKept() {
		assertThat(CsvTables.neutralise("Paso seguro, cada martes")).isEqualTo("Paso seguro, cada martes");
		assertThat(CsvTables.neutralise("2026-09-08")).isEqualTo("2026-09-08");
		assertThat(CsvTables.neutralise("")).isEmpty();
		assertThat(CsvTables.neutralise(null)).isNull();
	}

}
