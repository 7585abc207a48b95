package be.cloudgroup.privacy.ui.layout;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Base of every portal page: the main landmark with one level-1 heading, which also names the
 * browser tab ("heading – portal name").
 */
public abstract class Page extends Main implements HasDynamicTitle {

    /** UI data key: a text put before every page title (the assist banner's "Assisting …"). */
    public static final String TITLE_PREFIX = "portal.title-prefix";

    private final String titleKey;

    protected Page(String titleKey) {
        this.titleKey = titleKey;
        addClassName("portal-page");
        H1 heading = new H1(getTranslation(titleKey));
        heading.setId("page-title");
        add(heading);
    }

    @Override
    public String getPageTitle() {
        Object prefix = UI.getCurrent() == null ? null : ComponentUtil.getData(UI.getCurrent(), TITLE_PREFIX);
        return (prefix == null ? "" : prefix) + getTranslation(titleKey) + " – " + getTranslation("app.name");
    }

    protected Paragraph paragraph(String key, Object... params) {
        return new Paragraph(getTranslation(key, params));
    }
}
