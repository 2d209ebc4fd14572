package jp.kyogikai.application;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An attached image placed on an A4 page of its own: scaled down to fit, never enlarged,
 * centred.
 */
class ApplicationPdfImageTests {

	@Test
	void aLargeImageIsScaledDownToFitTheA4PageAndCentred() throws IOException {
		float[] placed = place(new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB));
		float a4Width = PDRectangle.A4.getWidth();
		assertThat(placed[2]).isLessThan(a4Width).isGreaterThan(a4Width * 0.8f);
		assertThat(placed[2] / placed[3]).isCloseTo(1.5f, within(0.01f));
		assertThat(placed[0] + placed[2] / 2).isCloseTo(a4Width / 2, within(0.5f));
		assertThat(placed[1] + placed[3] / 2).isCloseTo(PDRectangle.A4.getHeight() / 2, within(0.5f));
	}

	@Test
	void aSmallImageKeepsItsSize() throws IOException {
		float[] placed = place(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB));
		assertThat(placed[2]).isCloseTo(200f, within(0.01f));
		assertThat(placed[3]).isCloseTo(100f, within(0.01f));
	}

	/**
	 * x, y, width and height of the image drawn on the page added.
	 */
	private static float[] place(BufferedImage image) throws IOException {
		try (PDDocument document = new PDDocument()) {
			ApplicationPdf.imagePage(document, image);
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			float[] placed = new float[4];
			new PDFGraphicsStreamEngine(document.getPage(0)) {

				@Override
				public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage pdImage) {
					Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
					placed[0] = ctm.getTranslateX();
					placed[1] = ctm.getTranslateY();
					placed[2] = ctm.getScalingFactorX();
					placed[3] = ctm.getScalingFactorY();
				}

				@Override
				public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
						java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
				}

				@Override
				public void clip(int windingRule) {
				}

				@Override
				public void moveTo(float x, float y) {
				}

				@Override
				public void lineTo(float x, float y) {
				}

				@Override
				public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
				}

				@Override
				public java.awt.geom.Point2D getCurrentPoint() {
					return new java.awt.geom.Point2D.Float();
				}

				@Override
				public void closePath() {
				}

				@Override
				public void endPath() {
				}

				@Override
				public void strokePath() {
				}

				@Override
				public void fillPath(int windingRule) {
				}

				@Override
				public void fillAndStrokePath(int windingRule) {
				}

				@Override
				public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
				}

				void run() throws IOException {
					processPage(getPage());
				}

			}.run();
			assertThat(placed[2]).as("an image was drawn").isGreaterThan(0);
			return placed;
		}
	}

}
