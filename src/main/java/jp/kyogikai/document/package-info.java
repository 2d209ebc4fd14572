/**
 * PDF primitives for every printed document: A4 pages with a running header and "N / M"
 * page numbers, the IPAex Mincho and Gothic fonts embedded as subsets, paragraphs that
 * wrap Japanese text with basic 禁則 (kinsoku) rules, and ruled tables whose header row
 * repeats on each page. Knows nothing of councils or members: features compose their
 * documents from {@link jp.kyogikai.document.PdfDocumentBuilder},
 * {@link jp.kyogikai.document.Table} and {@link jp.kyogikai.document.Text}.
 */
package jp.kyogikai.document;
