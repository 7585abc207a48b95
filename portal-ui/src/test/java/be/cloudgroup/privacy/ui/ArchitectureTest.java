package be.cloudgroup.privacy.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInService;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The boundaries the compiler cannot hold, as sentences. */
class ArchitectureTest {

    private static final String DOMAIN = "be.cloudgroup.privacy";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DOMAIN);

    private static final String[] NOT_DOMAIN = {DOMAIN + ".persistence..", DOMAIN + ".ui..", DOMAIN + ".demo..",
            DOMAIN + ".embedded.."};

    @Test
    void domain_does_not_depend_on_jpa_or_vaadin() {
        ArchRule rule = noClasses().that().resideInAPackage(DOMAIN + "..").and().resideOutsideOfPackages(NOT_DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "org.springframework.data..", "com.vaadin..", DOMAIN + ".persistence..", DOMAIN + ".ui..");
        rule.check(CLASSES);
    }

    @Test
    void views_do_not_touch_repositories() {
        noClasses().that().resideInAPackage(DOMAIN + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAIN + ".persistence..", "org.springframework.data..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_enter() {
        classes().that().areAnnotatedWith(Route.class).or().areAssignableTo(HasErrorParameter.class)
                .and().resideInAPackage(DOMAIN + "..")
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void application_services_are_secured_and_transactional() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage(DOMAIN + "..")
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage(DOMAIN + "..")
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .and().areDeclaredInClassesThat().areNotAnnotatedWith(Transactional.class)
                .should().beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void only_the_oidc_login_signs_people_in() {
        noClasses().that().resideOutsideOfPackages(DOMAIN + ".account..", DOMAIN + ".ui.security..")
                .should().callMethod(SignInService.class, "signIn", SignInCommand.class)
                .check(CLASSES);
    }

    @Test
    void entities_stay_inside_persistence() {
        noClasses().that().resideOutsideOfPackage(DOMAIN + ".persistence..")
                .should().dependOnClassesThat().haveNameMatching(DOMAIN.replace(".", "\\.") + "\\..*Entity")
                .check(CLASSES);
    }
}
