package jp.kyogikai.material;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.application.ApplicationMaterial;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.compliance.ComplianceMaterial;
import jp.kyogikai.council.Council;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.council.Municipality;
import jp.kyogikai.document.PacketAssembler;
import jp.kyogikai.file.StoredFileContent;
import jp.kyogikai.file.StoredFileService;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.member.RosterMaterial;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.operator.OperatorSummary;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.statistics.StatisticsMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Renders a material's PDF from the current records. Generators are called as the
 * council's secretariat would call them ({@link #reader(long)}): the caller has checked
 * that the user may read the meeting's materials, and every reader of a material gets the
 * same document, whoever they are.
 */
@Component
class MaterialRenderer {

	private static final Logger log = LoggerFactory.getLogger(MaterialRenderer.class);

	private final CouncilService councils;

	private final RosterMaterial roster;

	private final StatisticsMaterial statistics;

	private final OperatorService operators;

	private final ComplianceMaterial compliance;

	private final ApplicationMaterial applications;

	private final StoredFileService files;

	MaterialRenderer(CouncilService councils, RosterMaterial roster, StatisticsMaterial statistics,
			OperatorService operators, ComplianceMaterial compliance, ApplicationMaterial applications,
			StoredFileService files) {
		this.councils = councils;
		this.roster = roster;
		this.statistics = statistics;
		this.operators = operators;
		this.compliance = compliance;
		this.applications = applications;
		this.files = files;
	}

	/**
	 * The secretariat of a council as the reader of its materials: a SECRETARIAT
	 * principal of the municipality that runs it, which is never signed in.
	 * @param municipalityId the secretariat's municipality
	 * @return the principal
	 */
	static AccountPrincipal reader(long municipalityId) {
		return new AccountPrincipal(0L, "material-renderer", null, "資料の作成", Role.SECRETARIAT, municipalityId, null,
				null, null, true);
	}

	/**
	 * The material's PDF; a material whose records are gone (or unreadable) gives a page
	 * saying so, so that the packet can still be bound.
	 * @param material the material
	 * @param label its number, 資料No.N
	 * @param meeting its meeting
	 * @param council the meeting's council
	 * @return the PDF's bytes
	 */
	byte[] pdf(Material material, String label, Meeting meeting, Council council) {
		try {
			byte[] pdf = render(material, label, meeting, council);
			if (material.getKind() == MaterialKind.UPLOADED && !PacketAssembler.readable(pdf)) {
				return MaterialPdfs.unavailable(material.getTitle(), label);
			}
			return pdf;
		}
		catch (RuntimeException ex) {
			log.warn("Material {} of meeting {} ({}) cannot be rendered: {}", material.getId(), meeting.getId(),
					material.getKind(), ex.getClass().getSimpleName());
			return MaterialPdfs.unavailable(material.getTitle(), label);
		}
	}

	/**
	 * An uploaded material's file as stored.
	 */
	StoredFileContent file(Material material, Council council) {
		return this.files.content(material.getStoredFileId(), council.getSecretariatMunicipality().getId());
	}

	private byte[] render(Material material, String label, Meeting meeting, Council council) {
		long municipalityId = council.getSecretariatMunicipality().getId();
		AccountPrincipal reader = reader(municipalityId);
		LocalDate date = LocalDate.ofInstant(meeting.getStartsAt(), Kyogikai.ZONE);
		String municipality = council.getSecretariatMunicipality().getName();
		return switch (material.getKind()) {
			case ROSTER -> this.roster.pdf(council.getId(), date, reader);
			case CHARTER -> MaterialPdfs.charter(council.getName(), municipality,
					this.councils.charter(council.getId(), reader).getText(), label, date);
			case STATISTICS ->
				this.statistics.pdf(municipalityId, new FiscalYear(material.getFiscalYear()), reader, label);
			case OPERATOR_LIST -> MaterialPdfs.operators(council.getName(), municipality,
					operatorLines(council, reader, date), label, date);
			case COMPLIANCE -> this.compliance.pdf(material.getOperatorId(), reader);
			case APPLICATION -> this.applications.pdf(material.getApplicationId(), reader);
			case UPLOADED -> {
				StoredFileContent file = file(material, council);
				yield "application/pdf".equals(file.info().mediaType()) ? file.content()
						: PacketAssembler.imagePage(file.content());
			}
		};
	}

	/**
	 * The operators registered on the meeting's day: the secretariat municipality's as
	 * its staff see them (expiry on or after the day); those of the other municipalities
	 * of a joint council as the public list has them (in force today).
	 */
	private List<MaterialPdfs.OperatorLine> operatorLines(Council council, AccountPrincipal reader, LocalDate date) {
		List<MaterialPdfs.OperatorLine> lines = new ArrayList<>();
		List<Municipality> municipalities = council.getMunicipalities()
			.stream()
			.sorted(Comparator.comparing(Municipality::getId))
			.toList();
		long secretariat = council.getSecretariatMunicipality().getId();
		for (Municipality municipality : municipalities) {
			List<OperatorSummary> operators = (municipality.getId() == secretariat)
					? this.operators.operatorsFor(reader)
						.stream()
						.filter((operator) -> operator.registrationExpiresOn() != null
								&& !operator.registrationExpiresOn().isBefore(date))
						.toList()
					: this.operators.registered(municipality.getId());
			for (OperatorSummary operator : operators) {
				lines.add(new MaterialPdfs.OperatorLine(operator.name(), municipality.getName(),
						operator.registrationExpiresOn()));
			}
		}
		return lines;
	}

}
