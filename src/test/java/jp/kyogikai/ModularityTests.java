package jp.kyogikai;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module structure: no cycles, no reaching into another module's internals, and rule
 * packages in pure Java.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(Kyogikai.class);

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("jp.kyogikai");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void rulesArePureJavaUsingOnlyTheCalendarAndOtherRules() {
		classes().that()
			.resideInAPackage("..rule..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "jp.kyogikai..rule..", "jp.kyogikai.calendar..")
			.check(classes);
	}

	@Test
	void controllersAreNotPublic() {
		noClasses().that().haveSimpleNameEndingWith("Controller").should().bePublic().check(classes);
	}

}
