package be.cloudgroup.privacy.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A browser test class that changes a demo user for good (erases the demo customer, changes her
 * e-mail address) starts on the demo data as seeded, which is put back when it ends
 * ({@link SharedDemoPortal}), so no other class sees the change, whatever the order the classes run
 * in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface FreshDemo {}
