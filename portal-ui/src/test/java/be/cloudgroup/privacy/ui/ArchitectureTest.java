package be.cloudgroup.privacy.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cloudgroup.privacy.account.SignInCommand;
import be.cloudgroup.privacy.account.SignInService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;
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

    private static final String[] NOT_DOMAIN = {
        DOMAIN + ".persistence..", DOMAIN + ".ui..", DOMAIN + ".demo..", DOMAIN + ".embedded..", DOMAIN + ".benchmark.."
    };

    /** Portal-ui packages that are the application's frame, not features the user sees. */
    private static final String[] UI_INFRASTRUCTURE = {"layout", "error", "security", "i18n", "config", "mail"};

    @Test
    void feature_packages_are_free_of_cycles_in_the_domain() {
        featurePackagesAreFreeOfCycles(DOMAIN).check(CLASSES.that(resideOutsideOfPackages(NOT_DOMAIN)));
    }

    @Test
    void feature_packages_are_free_of_cycles_in_persistence() {
        featurePackagesAreFreeOfCycles(DOMAIN + ".persistence").check(CLASSES);
    }

    @Test
    void feature_packages_are_free_of_cycles_in_the_portal_ui() {
        featurePackagesAreFreeOfCycles(DOMAIN + ".ui").check(CLASSES);
    }

    @Test
    void a_ui_feature_is_one_noun_across_package_views_bundle_and_domain() {
        uiFeaturesAreOneNoun(DOMAIN, CLASSES).check(CLASSES);
    }

    /** The rules above on deliberately wrong classes (test fixtures outside the application). */
    @Test
    void the_feature_rules_fail_on_a_cycle_and_on_a_misnamed_feature() {
        String fixture = "be.cloudgroup.archfixture";
        JavaClasses wrong = new ClassFileImporter().importPackages(fixture);

        assertThatThrownBy(() -> featurePackagesAreFreeOfCycles(fixture + ".ui").check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice billing");
        assertThatThrownBy(() -> uiFeaturesAreOneNoun(fixture, wrong).check(wrong))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PersonalDataView is not named after its feature mydata")
                .hasMessageContaining("billing has no bundle vaadin-i18n/billing_en.properties")
                .hasMessageContaining("billing has no domain package " + fixture + ".billing")
                .hasMessageNotContaining("mydata has no");
    }

    private static ArchRule featurePackagesAreFreeOfCycles(String module) {
        return slices().matching(module + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Every route in a UI feature package {@code <app>.ui.<noun>} has a simple name starting with
     * the noun (case-insensitive: {@code mydata} → {@code MyDataView}), and the feature has a bundle
     * {@code vaadin-i18n/<noun>_en.properties} and a domain package {@code <app>.<noun>}.
     */
    private static ArchRule uiFeaturesAreOneNoun(String app, JavaClasses all) {
        String ui = app + ".ui.";
        return classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .resideInAPackage(app + ".ui..")
                .and()
                .resideOutsideOfPackages(
                        Arrays.stream(UI_INFRASTRUCTURE).map(p -> ui + p + "..").toArray(String[]::new))
                .should(
                        new ArchCondition<JavaClass>("be named after their feature, which has a bundle and a "
                                + "domain package of the same name") {
                            @Override
                            public void check(JavaClass view, ConditionEvents events) {
                                String noun = view.getPackageName()
                                        .substring(ui.length())
                                        .split("\\.")[0];
                                if (!view.getSimpleName()
                                        .toLowerCase(Locale.ROOT)
                                        .startsWith(noun)) {
                                    events.add(SimpleConditionEvent.violated(
                                            view, view.getName() + " is not named after its feature " + noun));
                                }
                                String bundle = "vaadin-i18n/" + noun + "_en.properties";
                                if (ArchitectureTest.class.getResource("/" + bundle) == null) {
                                    events.add(SimpleConditionEvent.violated(view, noun + " has no bundle " + bundle));
                                }
                                if (!all.containPackage(app + "." + noun)) {
                                    events.add(SimpleConditionEvent.violated(
                                            view, noun + " has no domain package " + app + "." + noun));
                                }
                            }
                        });
    }

    @Test
    void every_package_declares_its_nullness_once() {
        classes()
                .that()
                .resideInAPackage(DOMAIN + "..")
                .should(new ArchCondition<JavaClass>("reside in a package annotated @NullMarked") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                            events.add(SimpleConditionEvent.violated(
                                    type,
                                    type.getPackageName()
                                            + " has no @NullMarked package-info (absent values are @Nullable there)"));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void domain_does_not_depend_on_jpa_or_vaadin() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(DOMAIN + "..")
                .and()
                .resideOutsideOfPackages(NOT_DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "org.springframework.data..",
                        "com.vaadin..",
                        DOMAIN + ".persistence..",
                        DOMAIN + ".ui..");
        rule.check(CLASSES);
    }

    @Test
    void views_do_not_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage(DOMAIN + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(DOMAIN + ".persistence..", "org.springframework.data..", "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void every_route_declares_who_may_enter() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAssignableTo(HasErrorParameter.class)
                .and()
                .resideInAPackage(DOMAIN + "..")
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void application_services_are_secured_and_transactional() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(DOMAIN + "..")
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(DOMAIN + "..")
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .areDeclaredInClassesThat()
                .areNotAnnotatedWith(Transactional.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void only_the_oidc_login_signs_people_in_and_only_the_back_channel_logout_ends_an_identitys_sessions() {
        noClasses()
                .that()
                .resideOutsideOfPackages(DOMAIN + ".account..", DOMAIN + ".ui.security..")
                .should()
                .callMethod(SignInService.class, "signIn", SignInCommand.class)
                .orShould()
                .callMethod(SignInService.class, "endSessionsOfIdentity", String.class, String.class)
                .check(CLASSES);
    }

    @Test
    void entities_stay_inside_persistence() {
        noClasses()
                .that()
                .resideOutsideOfPackage(DOMAIN + ".persistence..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching(DOMAIN.replace(".", "\\.") + "\\..*Entity")
                .check(CLASSES);
    }
}
