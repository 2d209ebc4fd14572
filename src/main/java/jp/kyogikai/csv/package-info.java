/**
 * CSV files as Excel in Japan writes and reads them, for every list that goes out to or
 * comes in from a spreadsheet: writing UTF-8 with a byte order mark and CRLF (cells that
 * a spreadsheet would take for a formula are quoted with an apostrophe); reading an
 * upload after checking its name, size and that it is text, in UTF-8 (with or without the
 * mark) or Shift_JIS (Windows-31J); the header checked against the feature's columns;
 * each row with its number as the spreadsheet shows it (the header is row 1); dates in
 * ISO, with slashes or in 和暦; and the problems of an import collected per row and column,
 * in Japanese, so that a feature can import all or nothing
 * ({@link jp.kyogikai.csv.FormImport} through the feature's form). Knows nothing of any
 * feature.
 */
package jp.kyogikai.csv;
