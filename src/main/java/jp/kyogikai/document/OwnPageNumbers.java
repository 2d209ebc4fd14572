package jp.kyogikai.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The "N / M" page numbers this toolkit prints, marked so that a packet can take them
 * out: bound into a {@link PacketAssembler} packet, a document's pages are numbered
 * through the packet instead, and a second number at the foot would only confuse. The
 * numbers are enclosed in marked content with a tag of the toolkit's own; nothing else of
 * a page (and nothing of a document made elsewhere) is touched.
 */
final class OwnPageNumbers {

	/** The marked-content tag around a page number. */
	static final COSName TAG = COSName.getPDFName("KyogikaiPageNumber");

	private static final byte[] TAG_BYTES = TAG.getName().getBytes(StandardCharsets.US_ASCII);

	private OwnPageNumbers() {
	}

	/**
	 * Takes the toolkit's page numbers out of every page of a document.
	 * @param document a document loaded for binding
	 * @throws IOException when a content stream cannot be read or written
	 */
	static void remove(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			Iterator<PDStream> streams = page.getContentStreams();
			while (streams.hasNext()) {
				PDStream stream = streams.next();
				byte[] data = stream.toByteArray();
				if (indexOf(data, TAG_BYTES) >= 0) {
					rewrite(stream, data);
				}
			}
		}
	}

	private static void rewrite(PDStream stream, byte[] data) throws IOException {
		List<Object> kept = new ArrayList<>();
		List<Object> operands = new ArrayList<>();
		int depth = 0;
		PDFStreamParser parser = new PDFStreamParser(data);
		for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
			if (!(token instanceof Operator operator)) {
				operands.add(token);
				continue;
			}
			String name = operator.getName();
			boolean begins = OperatorName.BEGIN_MARKED_CONTENT.equals(name)
					|| OperatorName.BEGIN_MARKED_CONTENT_SEQ.equals(name);
			if (depth == 0 && begins && !operands.isEmpty() && TAG.equals(operands.get(0))) {
				depth = 1;
			}
			else if (depth > 0) {
				if (begins) {
					depth++;
				}
				else if (OperatorName.END_MARKED_CONTENT.equals(name)) {
					depth--;
				}
			}
			else {
				kept.addAll(operands);
				kept.add(operator);
			}
			operands.clear();
		}
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			new ContentStreamWriter(out).writeTokens(kept);
		}
	}

	private static int indexOf(byte[] data, byte[] wanted) {
		outer: for (int i = 0; i <= data.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (data[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
