package be.cloudgroup.privacy.ui.layout;

import be.cloudgroup.privacy.account.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the route where people with one of these roles start: the root address forwards them
 * there ({@link Homes}). One home per role; a person with several roles starts at the home of the
 * first of them in {@link Role}'s order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Home {

    Role[] value();
}
