package dev.claimdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One rule per sentence of docs/architecture.md (design.md section 3), each with its reason. */
class ArchitectureTest {
    private static final String ROOT = "dev.claimdesk";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static Stream<ArchRule> rules() {
        return Stream.of(
                classes()
                        .that()
                        .resideInAPackage("..domain..")
                        .should()
                        .onlyDependOnClassesThat()
                        .resideInAnyPackage("java..", "..domain..")
                        .because("the domain is pure Java: records, enums and rules that anything may use"),
                noClasses()
                        .that()
                        .resideInAnyPackage("..extraction..", "..ingest..", "..export..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..store..", "..app..", "..ui..", "..cli..")
                        .because("extraction, ingest and export work on domain objects only"),
                noClasses()
                        .that()
                        .resideInAPackage("..store..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                "..extraction..", "..ingest..", "..export..", "..app..", "..ui..", "..cli..")
                        .because("the store knows the domain and SQL, nothing above it"),
                noClasses()
                        .that()
                        .resideInAPackage("..app..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..ui..", "..cli..")
                        .because("use cases serve both the GUI and the CLI, so they know neither"),
                noClasses()
                        .that()
                        .resideInAnyPackage("..ui..", "..cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("..store..")
                        .because("the GUI and the CLI reach the database only through the app services"),
                noClasses()
                        .that()
                        .resideInAnyPackage("..ui..", "..cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..extraction..", "..ingest..", "..export..")
                        .because("the GUI and the CLI go through the app services (ui, cli -> app, domain)"),
                noClasses()
                        .that()
                        .resideInAPackage("..cli..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("..ui..")
                        .because("the CLI runs headless; the launcher hands it a GuiStarter"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..ui..")
                        .and()
                        .doNotHaveFullyQualifiedName(ROOT + ".Launcher")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("javax.swing..", "java.awt..")
                        .because("Swing and AWT belong to the ui layer only"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..store..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("java.sql..", "org.jdbi..", "org.sqlite..", "org.flywaydb..")
                        .because("all SQL and JDBC lives in the store"),
                slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().because("layers depend downwards only"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..cli..")
                        .should(ACCESS_STANDARD_STREAMS)
                        .because("only the CLI writes to the terminal; everything else logs through SLF4J"),
                NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("we log through SLF4J"),
                noClasses()
                        .that()
                        .doNotHaveFullyQualifiedName(ROOT + ".LogConfiguration")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("ch.qos.logback..", "org.apache.log4j..", "org.apache.logging..")
                        .because("code logs through the SLF4J API; Logback is only configured (in LogConfiguration)"),
                noClasses()
                        .should()
                        .callMethod(Throwable.class, "printStackTrace")
                        .because("users never see stack traces; the log gets the cause"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..ui.task..")
                        // The team server's LISTEN connection waits on the server for as long as
                        // the database is open: a connection's own thread, not user work.
                        .and()
                        .doNotHaveFullyQualifiedName("dev.claimdesk.store.postgres.ServerChanges")
                        .should()
                        .callConstructorWhere(describe(
                                "a Thread constructor",
                                (JavaConstructorCall call) ->
                                        call.getTargetOwner().isAssignableTo(Thread.class)))
                        .because("background work goes through the one task runner (ui.task)"),
                noClasses()
                        .that()
                        .resideOutsideOfPackage("..ui.task..")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName("javax.swing.SwingWorker")
                        .because("background work goes through the one task runner (ui.task)"),
                noClasses()
                        .that()
                        .resideInAPackage("..ui..")
                        .and()
                        .resideOutsideOfPackage("..ui.task..")
                        .and()
                        .haveNameNotMatching(ROOT.replace(".", "\\.") + "\\.ui\\.(UserActionRunner|Workbench)(\\$.*)?")
                        .should()
                        .dependOnClassesThat()
                        .haveFullyQualifiedName(ROOT + ".ui.task.BackgroundTask")
                        .because("every user action goes through the one UserActionRunner, which drops stale"
                                + " results, records undo and reports errors (Workbench only saves the settings"
                                + " file)"),
                noClasses()
                        .that()
                        .resideInAPackage("..ui.undo..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("javax.swing", "java.awt..")
                        .andShould()
                        .dependOnClassesThat()
                        .resideInAPackage("..ui.task..")
                        .because("an undo step is data and background work; the runner runs it and the"
                                + " presenters show it (Swing's UndoManager only keeps the order)"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(classes);
    }
}
