package org.peacedirectory.system;

/**
 * Text for a cell of a CSV file that people open in a spreadsheet. A cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is run as a formula by Excel, LibreOffice and
 * Google Sheets ("CSV injection"): a submitter could make a reader's spreadsheet fetch an address or run a
 * command. Such a cell gets a leading apostrophe, which the spreadsheets show as text and do not run.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The text as a cell that no spreadsheet runs. */
    public static String text(String value) {
        return startsLikeAFormula(value) ? "'" + value : value;
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
