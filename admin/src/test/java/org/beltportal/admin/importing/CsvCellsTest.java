package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formula injection: what an export neutralises, and that an import takes exactly that back off. */
class CsvCellsTest {

    @Test
    void cellsThatSpreadsheetsRunAsFormulasGetAQuote() {
        assertThat(CsvCells.neutralised("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvCells.neutralised("+86 138")).isEqualTo("'+86 138");
        assertThat(CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralised("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void ordinaryCellsAreLeftAsTheyAre() {
        assertThat(CsvCells.neutralised("女童连衣裙 =新款")).isEqualTo("女童连衣裙 =新款");
        assertThat(CsvCells.neutralised("100:3.50")).isEqualTo("100:3.50");
        assertThat(CsvCells.neutralised("")).isEmpty();
        assertThat(CsvCells.neutralised(null)).isNull();
    }

    @Test
    void aPlainNegativeNumberStaysANumber() {
        assertThat(CsvCells.neutralised("-12")).isEqualTo("-12");
        assertThat(CsvCells.neutralised("-0.2500")).isEqualTo("-0.2500");
        assertThat(CsvCells.neutralised("-1-1")).isEqualTo("'-1-1");
        assertThat(CsvCells.neutralised("-1e5")).isEqualTo("'-1e5");
    }

    @Test
    void anImportTakesOffOnlyTheQuoteAnExportAdded() {
        for (String value : new String[] {"=1+1", "+86", "-x", "@y", "\tz"}) {
            assertThat(CsvCells.unquoted(CsvCells.neutralised(value))).isEqualTo(value);
        }
        assertThat(CsvCells.unquoted("'quoted title'")).isEqualTo("'quoted title'");
        assertThat(CsvCells.unquoted("'")).isEqualTo("'");
    }
}
