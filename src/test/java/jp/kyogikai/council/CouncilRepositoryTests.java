package jp.kyogikai.council;

import java.util.EnumSet;

import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.support.JpaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mappings and tenant-scoped queries on PostgreSQL, with the schema Flyway made.
 */
@JpaTest
class CouncilRepositoryTests {

	@Autowired
	TestEntityManager entities;

	@Autowired
	CouncilRepository councils;

	@Autowired
	CharterRepository charters;

	@Autowired
	MemberCategoryRepository categories;

	@Autowired
	JdbcClient jdbc;

	Municipality saku;

	Municipality komoro;

	Council joint;

	@BeforeEach
	void setUp() {
		this.saku = this.entities.persist(new Municipality("902177", "長野県", "試験市"));
		this.komoro = this.entities.persist(new Municipality("902088", "長野県", "試験町"));
		this.joint = new Council("試験広域福祉有償運送運営協議会", CouncilType.OPERATING_COUNCIL, this.saku, "福祉課",
				EnumSet.of(TransportKind.WELFARE, TransportKind.TRANSPORT_GAP));
		this.joint.serve(this.komoro);
		this.councils.save(this.joint);
		this.charters.save(new Charter(this.joint, CharterSettings.typical(), "本文", null));
		this.categories.save(new MemberCategory(this.joint, "識見を有する者", 3, 1));
		this.categories.save(new MemberCategory(this.joint, "市職員", null, 2));
		this.entities.flush();
		this.entities.clear();
	}

	@Test
	void aJointCouncilKeepsItsMunicipalitiesAndTransportKinds() {
		Council found = this.councils.findWithMunicipalitiesById(this.joint.getId()).orElseThrow();
		assertThat(found.getMunicipalities()).extracting(Municipality::getName).containsExactly("試験町", "試験市");
		assertThat(found.isJoint()).isTrue();
		assertThat(found.getTransportKinds()).containsExactlyInAnyOrder(TransportKind.WELFARE,
				TransportKind.TRANSPORT_GAP);
		assertThat(this.jdbc.sql("select transport_kinds from council where id = :id")
			.param("id", this.joint.getId())
			.query(String.class)
			.single()).isEqualTo("WELFARE,TRANSPORT_GAP");
	}

	@Test
	void onlyTheSecretariatMunicipalityFindsTheCouncil() {
		assertThat(this.councils.findByIdAndSecretariatMunicipalityId(this.joint.getId(), this.saku.getId()))
			.isPresent();
		assertThat(this.councils.findByIdAndSecretariatMunicipalityId(this.joint.getId(), this.komoro.getId()))
			.isEmpty();
		assertThat(this.councils.findBySecretariatMunicipalityIdOrderById(this.komoro.getId())).isEmpty();
	}

	@Test
	void theCharterSettingsRoundTrip() {
		Charter charter = this.charters.findByCouncilId(this.joint.getId()).orElseThrow();
		assertThat(charter.settings()).isEqualTo(CharterSettings.typical());
		assertThat(charter.getText()).isEqualTo("本文");
	}

	@Test
	void categoriesComeInTheCharterOrder() {
		assertThat(this.categories.findByCouncilIdOrderBySortOrderAscIdAsc(this.joint.getId()))
			.extracting(MemberCategory::getName, MemberCategory::getCap)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("識見を有する者", 3),
					org.assertj.core.groups.Tuple.tuple("市職員", null));
	}

	@Test
	void theDatabaseRejectsADuplicateCategoryName() {
		Council council = this.councils.getReferenceById(this.joint.getId());
		assertThatThrownBy(() -> {
			this.categories.save(new MemberCategory(council, "市職員", null, 3));
			this.entities.flush();
		}).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRejectsAChartersImpossibleSettingsEvenIfCodeMissedThem() {
		assertThatThrownBy(() -> this.jdbc.sql("update charter set max_members = 0 where council_id = :id")
			.param("id", this.joint.getId())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aSecondCharterForTheSameCouncilIsRejected() {
		Council council = this.councils.getReferenceById(this.joint.getId());
		assertThatThrownBy(() -> {
			this.charters.save(new Charter(council, CharterSettings.typical(), "", null));
			this.entities.flush();
		}).isInstanceOf(DataIntegrityViolationException.class);
	}

}
