package jp.kyogikai.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.FareComparison;
import jp.kyogikai.application.rule.FareSchedule;
import jp.kyogikai.application.rule.OtherCharge;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.council.MunicipalityRepository;
import jp.kyogikai.document.Align;
import jp.kyogikai.document.Cell;
import jp.kyogikai.document.Column;
import jp.kyogikai.document.DocumentInfo;
import jp.kyogikai.document.PdfDocumentBuilder;
import jp.kyogikai.document.Table;
import jp.kyogikai.document.Text;
import jp.kyogikai.document.Typeface;
import jp.kyogikai.driver.Driver;
import jp.kyogikai.driver.DriverService;
import jp.kyogikai.driver.DriverView;
import jp.kyogikai.fare.FareAgreement;
import jp.kyogikai.fare.FareService;
import jp.kyogikai.fare.FareTexts;
import jp.kyogikai.file.StoredFileContent;
import jp.kyogikai.operator.OperationManager;
import jp.kyogikai.operator.Operator;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.InsuranceStandard;
import jp.kyogikai.vehicle.Vehicle;
import jp.kyogikai.vehicle.VehicleService;
import jp.kyogikai.vehicle.VehicleView;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 協議申請書 as a PDF: an official cover (「佐久市福祉有償運送 / 登録変更協議申請書」, the operator, the
 * council, the 受付番号 and the dates), then the application's sections, each bookmarked —
 * 申請者, 申請の種類, 運送の種別 and 区域, 事務所, 自動車, 運転者 (names, licence class and courses only: never
 * addresses, birth dates or licence numbers), 対価 with the sample trips against the taxi
 * fare, 安全体制, 損害賠償措置, 旅客の範囲 and the 添付書類 — and, on request, the attached PDFs and images
 * appended, each bookmarked by its kind.
 */
@Component
class ApplicationPdf {

	private static final Locale LOCALE = Locale.JAPAN;

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final String PDF = "application/pdf";

	private final ApplicationService applications;

	private final OperatorService operators;

	private final VehicleService vehicles;

	private final DriverService drivers;

	private final FareService fares;

	private final FareTexts fareTexts;

	private final MunicipalityRepository municipalities;

	private final MessageSource messages;

	ApplicationPdf(ApplicationService applications, OperatorService operators, VehicleService vehicles,
			DriverService drivers, FareService fares, FareTexts fareTexts, MunicipalityRepository municipalities,
			MessageSource messages) {
		this.applications = applications;
		this.operators = operators;
		this.vehicles = vehicles;
		this.drivers = drivers;
		this.fares = fares;
		this.fareTexts = fareTexts;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/**
	 * The application as a PDF, its 対価 section showing the fares it proposes (if any)
	 * beside the current ones.
	 * @param id the application
	 * @param user the signed-in user, who must be able to see the application
	 * @param withAttachments whether to append the attached documents
	 * @return the file name and the PDF
	 * @throws ApplicationNotFoundException when the user may not see it
	 */
	@Transactional(readOnly = true)
	Rendered render(long id, AccountPrincipal user, boolean withAttachments) {
		FareSchedule proposed = this.applications.view(id, user).application().proposedSchedule();
		return renderWithProposedFares(id, user, withAttachments, proposed);
	}

	/**
	 * The application as a PDF, its 対価 section showing the current fares beside the
	 * proposed ones when given (for a 対価の変更 once the application carries them).
	 * @param id the application
	 * @param user the signed-in user, who must be able to see the application
	 * @param withAttachments whether to append the attached documents
	 * @param proposed the proposed fares, or {@code null} for the current ones only
	 * @return the file name and the PDF
	 * @throws ApplicationNotFoundException when the user may not see it
	 */
	@Transactional(readOnly = true)
	Rendered renderWithProposedFares(long id, AccountPrincipal user, boolean withAttachments, FareSchedule proposed) {
		ApplicationView view = this.applications.view(id, user);
		Application application = view.application();
		Operator operator = view.operator();
		OperatorDetail detail = this.operators.detail(operator.getId(), user);
		String municipality = this.municipalities.findById(operator.getMunicipalityId())
			.map(Municipality::getName)
			.orElse("");
		InsuranceStandard insurance = this.vehicles.insuranceStandard(operator.getId(), user);
		String council = insurance.councils().isEmpty() ? municipality + message("applicationPdf.councilSuffix")
				: String.join("、", insurance.councils());
		String title = message("applicationPdf.title." + application.getType().name());
		LocalDate submitted = date(application.getSubmittedAt());
		LocalDate received = date(application.getReceivedAt());

		PdfDocumentBuilder pdf = PdfDocumentBuilder
			.a4(new DocumentInfo(operator.shortName() + " " + title, municipality, council,
					(received != null) ? received : submitted))
			.header(municipality + message("applicationPdf.transport"), title);
		cover(pdf, municipality, title, operator, council, application, submitted, received);

		section(pdf, "applicant");
		pdf.table(facts(new String[][] { { message("applicationPdf.name"), operator.getName() },
				{ message("applicationPdf.address"), operator.getAddress() },
				{ message("applicationPdf.representative"), operator.getRepresentative() },
				{ message("applicationPdf.contact"), operator.getContactEmail() },
				{ message("applicationPdf.registrationNumber"), operator.getRegistrationNumber() } }));

		section(pdf, "type");
		List<String[]> type = new ArrayList<>();
		type.add(new String[] { message("applicationPdf.type"), label(application.getType()) });
		if (!application.getChangeItems().isEmpty()) {
			type.add(new String[] { message("applicationPdf.changeItems"),
					application.getChangeItems().stream().map(this::label).collect(Collectors.joining("、")) });
		}
		if (view.classification() != null) {
			type.add(new String[] { message("applicationPdf.classification"), view.classification() });
		}
		type.add(new String[] { message("applicationPdf.reason"), application.getReason() });
		pdf.table(facts(type.toArray(String[][]::new)));

		section(pdf, "kind");
		pdf.paragraph(join(operator.getTransportKinds().stream().map(this::label).toList()));
		if (operator.isOperatorCooperation()) {
			pdf.paragraph(message("applicationPdf.cooperation", operator.getCooperationPartner()));
		}

		section(pdf, "area");
		pdf.paragraph(blank(application.getArea()) ? municipality : application.getArea());

		section(pdf, "offices");
		Table offices = Table.of(Column.of(message("applicationPdf.officeName"), 4),
				Column.of(message("applicationPdf.officeLocation"), 8));
		detail.offices().forEach((office) -> offices.row(office.getName(), office.getLocation()));
		pdf.table(noneWhenEmpty(offices, detail.offices().size(), 2));

		section(pdf, "vehicles");
		List<VehicleView> vehicleList = this.vehicles.list(operator.getId(), user);
		Table vehicleTable = Table.of(Column.of(message("applicationPdf.plate"), 4),
				Column.of(message("applicationPdf.vehicleType"), 2.5f),
				Column.of(message("applicationPdf.seats"), 1.2f).aligned(Align.RIGHT),
				Column.of(message("applicationPdf.ownership"), 1.5f).aligned(Align.CENTER),
				Column.of(message("applicationPdf.inspection"), 2.5f),
				Column.of(message("applicationPdf.insurance"), 4));
		for (VehicleView row : vehicleList) {
			Vehicle vehicle = row.vehicle();
			vehicleTable.row(Cell.of(vehicle.getPlateNumber()), Cell.of(label(vehicle.getVehicleType())),
					Cell.of(String.valueOf(vehicle.getSeats())), Cell.of(label(vehicle.getOwnership())),
					Cell.of(wareki(vehicle.getInspectionExpiresOn())),
					Cell.of(Text.of(nonNull(vehicle.getInsurer())), Text.small((vehicle.getPolicyTo() != null)
							? message("applicationPdf.policyTo", Wareki.format(vehicle.getPolicyTo())) : "")));
		}
		pdf.table(noneWhenEmpty(vehicleTable, vehicleList.size(), 6));

		section(pdf, "drivers");
		int driverCount = 0;
		Table driverTable = Table.of(Column.of(message("applicationPdf.driverName"), 3),
				Column.of(message("applicationPdf.licenceClass"), 3), Column.of(message("applicationPdf.courses"), 7));
		for (DriverView row : this.drivers.list(operator.getId(), user)) {
			if (row.left()) {
				continue;
			}
			Driver driver = row.driver();
			driverTable.row(Cell.of(driver.getName()), Cell.of(label(driver.getLicenceClass())),
					Cell.of(courses(driver)));
			driverCount++;
		}
		pdf.table(noneWhenEmpty(driverTable, driverCount, 3));

		section(pdf, "fares");
		fares(pdf, operator, proposed, user);

		section(pdf, "safety");
		Table managers = Table.of(Column.of(message("applicationPdf.role"), 3),
				Column.of(message("applicationPdf.managerName"), 3), Column.of(message("applicationPdf.office"), 5));
		for (OperationManager manager : detail.managers()) {
			managers.row(label(manager.getRole()), manager.getName(), nonNull(detail.officeName(manager)));
		}
		pdf.table(noneWhenEmpty(managers, detail.managers().size(), 3));

		section(pdf, "liability");
		pdf.paragraph(text(insurance.source()));
		pdf.table(facts(new String[][] { { message("applicationPdf.perPerson"), text(insurance.perPerson()) },
				{ message("applicationPdf.property"), text(insurance.property()) },
				{ message("applicationPdf.passenger"), text(insurance.passenger()) } }));
		long insured = vehicleList.stream().filter((row) -> !blank(row.vehicle().getInsurer())).count();
		pdf.paragraph(message("applicationPdf.insured", insured, vehicleList.size()));

		section(pdf, "passengers");
		pdf.paragraph(join(operator.getPassengerCategories().stream().map(this::label).toList()));
		pdf.paragraph(message("applicationPdf.passengerCount",
				(operator.getPassengerCount() != null) ? operator.getPassengerCount() : "－"));

		section(pdf, "attachments");
		Table attachments = Table.of(Column.of(message("applicationPdf.attachmentKind"), 4),
				Column.of(message("applicationPdf.fileName"), 5),
				Column.of(message("applicationPdf.fileVersion"), 1.2f).aligned(Align.CENTER),
				Column.of("SHA-256", 2.5f));
		for (ChecklistEntry entry : view.checklist()) {
			AttachmentFile current = entry.current();
			attachments.row(Cell.of(label(entry.kind())),
					Cell.of((current != null) ? current.file().fileName()
							: message(entry.required() ? "applicationPdf.missing" : "applicationPdf.none")),
					Cell.of((current != null) ? message("applicationPdf.version", entry.versions().size()) : ""),
					Cell.of((current != null) ? current.file().sha256().substring(0, 12) : ""));
		}
		pdf.table(attachments);

		byte[] bytes = pdf.toBytes();
		if (withAttachments) {
			bytes = append(bytes, id, view, user);
		}
		return new Rendered(operator.shortName() + "_" + title + ".pdf", bytes);
	}

	private void cover(PdfDocumentBuilder pdf, String municipality, String title, Operator operator, String council,
			Application application, LocalDate submitted, LocalDate received) {
		String[] name = legalForm(operator);
		List<Text> lines = new ArrayList<>();
		lines.add(new Text(municipality + message("applicationPdf.transport"), Typeface.MINCHO, 22f));
		lines.add(new Text(title, Typeface.MINCHO, 30f));
		lines.add(new Text("", Typeface.MINCHO, 48f));
		lines.add(new Text(name[0], Typeface.MINCHO, 18f));
		lines.add(new Text(name[1], Typeface.MINCHO, 24f));
		lines.add(new Text("", Typeface.MINCHO, 48f));
		lines.add(new Text(council, Typeface.MINCHO, 16f));
		lines.add(new Text("", Typeface.MINCHO, 24f));
		if (application.getReceivedNumber() != null) {
			lines.add(Text.of(message("applicationPdf.receivedNumber", application.getReceivedNumber())).withSize(12f));
		}
		if (submitted != null) {
			lines.add(Text.of(message("applicationPdf.submittedOn", Wareki.format(submitted))).withSize(12f));
		}
		if (received != null) {
			lines.add(Text.of(message("applicationPdf.receivedOn", Wareki.format(received))).withSize(12f));
		}
		pdf.coverPage(lines.toArray(Text[]::new));
	}

	/**
	 * The legal form and the name: 特定非営利活動法人 のんびり → 特定非営利活動法人 and のんびり; a name without
	 * one takes the label of its 法人種別.
	 */
	private String[] legalForm(Operator operator) {
		String name = operator.getName().strip();
		String shortName = operator.shortName();
		if (!shortName.equals(name) && name.endsWith(shortName)) {
			return new String[] { name.substring(0, name.length() - shortName.length()).strip(), shortName };
		}
		return new String[] { label(operator.getOperatorType()), name };
	}

	private void fares(PdfDocumentBuilder pdf, Operator operator, FareSchedule proposed, AccountPrincipal user) {
		FareSchedule current = this.fares.current(operator.getId()).map(FareAgreement::schedule).orElse(null);
		boolean both = proposed != null;
		List<Column> columns = new ArrayList<>();
		columns.add(Column.of(message("applicationPdf.fareItem"), 3));
		columns.add(Column.of(message("applicationPdf.fareCurrent"), 5));
		if (both) {
			columns.add(Column.of(message("applicationPdf.fareProposed"), 5));
		}
		Table table = Table.of(columns.toArray(Column[]::new));
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { message("applicationPdf.fareBase"),
				(current != null) ? this.fareTexts.base(current.fare()) : message("applicationPdf.noFare"),
				both ? this.fareTexts.base(proposed.fare()) : null });
		rows.add(new String[] { message("applicationPdf.fareBand"),
				(current != null) ? this.fareTexts.band(current.dynamicBand()) : "",
				both ? this.fareTexts.band(proposed.dynamicBand()) : null });
		List<OtherCharge> currentCharges = (current != null) ? current.otherCharges() : List.of();
		List<OtherCharge> proposedCharges = both ? proposed.otherCharges() : List.of();
		for (int i = 0; i < Math.max(currentCharges.size(), proposedCharges.size()); i++) {
			OtherCharge a = (i < currentCharges.size()) ? currentCharges.get(i) : null;
			OtherCharge b = (i < proposedCharges.size()) ? proposedCharges.get(i) : null;
			OtherCharge named = (a != null) ? a : b;
			rows.add(new String[] { this.fareTexts.name(named), (a != null) ? this.fareTexts.amount(a) : "",
					both ? ((b != null) ? this.fareTexts.amount(b) : "") : null });
		}
		for (String[] row : rows) {
			table.row(both ? row : new String[] { row[0], row[1] });
		}
		pdf.table(table);

		FareComparison comparison = this.fares.comparison(operator.getId(), proposed, user);
		if (!comparison.rows().isEmpty()) {
			pdf.paragraph(message("applicationPdf.comparison", comparison.guidelinePercent()));
			List<Column> compared = new ArrayList<>();
			compared.add(Column.of(message("applicationPdf.sampleTrip"), 2));
			compared.add(Column.of(message("applicationPdf.fareCurrent"), 3).aligned(Align.RIGHT));
			if (both) {
				compared.add(Column.of(message("applicationPdf.fareProposed"), 3).aligned(Align.RIGHT));
			}
			compared.add(Column.of(message("applicationPdf.taxiFare"), 3).aligned(Align.RIGHT));
			Table trips = Table.of(compared.toArray(Column[]::new));
			for (FareComparison.Row row : comparison.rows()) {
				List<String> cells = new ArrayList<>();
				cells.add(label(row.trip()));
				cells.add(fare(row.currentFare(), row.currentShare()));
				if (both) {
					cells.add(fare(row.proposedFare(), row.proposedShare()));
				}
				cells.add((row.taxiFare() != null) ? this.fareTexts.yen(row.taxiFare()) : "－");
				trips.row(cells.toArray(String[]::new));
			}
			pdf.table(trips);
		}
	}

	private String fare(Long fare, Integer share) {
		if (fare == null) {
			return "－";
		}
		return this.fareTexts.yen(fare) + ((share != null) ? message("applicationPdf.share", share) : "");
	}

	private String courses(Driver driver) {
		List<String> courses = new ArrayList<>();
		if (driver.getWelfareCourseOn() != null) {
			courses.add(message("applicationPdf.course.welfare", Wareki.format(driver.getWelfareCourseOn())));
		}
		if (driver.getSedanCourseOn() != null) {
			courses.add(message("applicationPdf.course.sedan", Wareki.format(driver.getSedanCourseOn())));
		}
		if (driver.getTransportGapCourseOn() != null) {
			courses.add(message("applicationPdf.course.transportGap", Wareki.format(driver.getTransportGapCourseOn())));
		}
		if (driver.isCareWorker()) {
			courses.add(message("applicationPdf.course.careWorker"));
		}
		return courses.isEmpty() ? "－" : String.join("\n", courses);
	}

	private byte[] append(byte[] main, long id, ApplicationView view, AccountPrincipal user) {
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(main)) {
			PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
			if (outline == null) {
				outline = new PDDocumentOutline();
				document.getDocumentCatalog().setDocumentOutline(outline);
			}
			for (ChecklistEntry entry : view.checklist()) {
				AttachmentFile current = entry.current();
				if (current == null) {
					continue;
				}
				StoredFileContent content = this.applications.attachment(id, current.attachment().getId(), user);
				int first = document.getNumberOfPages();
				if (isPdf(content)) {
					PDDocument source = Loader.loadPDF(content.content());
					sources.add(source);
					for (PDPage page : source.getPages()) {
						document.importPage(page);
					}
				}
				else {
					BufferedImage image = ImageIO.read(new ByteArrayInputStream(content.content()));
					if (image == null) {
						continue;
					}
					imagePage(document, image);
				}
				if (document.getNumberOfPages() > first) {
					PDPageFitDestination destination = new PDPageFitDestination();
					destination.setPage(document.getPage(first));
					PDOutlineItem item = new PDOutlineItem();
					item.setTitle(label(entry.kind()));
					item.setDestination(destination);
					outline.addLast(item);
				}
			}
			document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
			ByteArrayOutputStream out = new ByteArrayOutputStream(main.length * 2);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot append the attachments of application " + id, ex);
		}
		finally {
			for (PDDocument source : sources) {
				try {
					source.close();
				}
				catch (IOException ex) {
					// nothing to do: the document was read only
				}
			}
		}
	}

	private static boolean isPdf(StoredFileContent content) {
		byte[] bytes = content.content();
		return PDF.equals(content.info().mediaType())
				|| (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F');
	}

	/**
	 * An A4 page with the image centred, scaled down to fit inside 15 mm margins (never
	 * enlarged).
	 */
	static void imagePage(PDDocument document, BufferedImage image) throws IOException {
		PDRectangle a4 = PDRectangle.A4;
		PDPage page = new PDPage(a4);
		document.addPage(page);
		PDImageXObject object = LosslessFactory.createFromImage(document, image);
		float margin = 15 * 72f / 25.4f;
		float maxWidth = a4.getWidth() - 2 * margin;
		float maxHeight = a4.getHeight() - 2 * margin;
		float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
		float width = image.getWidth() * scale;
		float height = image.getHeight() * scale;
		try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
			stream.drawImage(object, (a4.getWidth() - width) / 2, (a4.getHeight() - height) / 2, width, height);
		}
	}

	private void section(PdfDocumentBuilder pdf, String key) {
		String heading = message("applicationPdf.section." + key);
		pdf.bookmark(heading).heading(heading);
	}

	/**
	 * A table without rows gets one saying so: a header alone reads as a form left blank.
	 */
	private Table noneWhenEmpty(Table table, int rows, int columns) {
		if (rows == 0) {
			String[] cells = new String[columns];
			java.util.Arrays.fill(cells, "");
			cells[0] = message("applicationPdf.noRows");
			table.row(cells);
		}
		return table;
	}

	private static Table facts(String[][] rows) {
		Table table = Table.of(Column.of("", 3), Column.of("", 9));
		for (String[] row : rows) {
			table.row(row[0], nonNull(row[1]));
		}
		return table;
	}

	private static LocalDate date(Instant instant) {
		return (instant != null) ? instant.atZone(JAPAN).toLocalDate() : null;
	}

	private static String wareki(LocalDate date) {
		return (date != null) ? Wareki.format(date) : "－";
	}

	private static String join(List<String> texts) {
		return texts.isEmpty() ? "－" : String.join("、", texts);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	private String label(Enum<?> value) {
		if (value == null) {
			return "－";
		}
		return this.messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
				value.name(), LOCALE);
	}

	private String text(MessageSourceResolvable message) {
		return this.messages.getMessage(message, LOCALE);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LOCALE);
	}

	/**
	 * A PDF to send.
	 *
	 * @param fileName its file name
	 * @param content its bytes
	 */
	record Rendered(String fileName, byte[] content) {
	}

}
