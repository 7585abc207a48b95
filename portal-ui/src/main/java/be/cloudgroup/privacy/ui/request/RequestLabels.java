package be.cloudgroup.privacy.ui.request;

import be.cloudgroup.privacy.register.DataCategory;
import be.cloudgroup.privacy.request.RequestStatus;
import be.cloudgroup.privacy.request.RequestType;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** The words for a request's type, status and clock, from the {@code request} bundle. */
final class RequestLabels {

    private RequestLabels() {}

    static String type(Component in, RequestType type) {
        return in.getTranslation("request.type." + type.name());
    }

    static String status(Component in, @Nullable RequestStatus status) {
        return status == null ? "" : in.getTranslation("request.status." + status.name());
    }

    static String category(Component in, DataCategory category) {
        return in.getTranslation("request.category." + category.name());
    }

    /** "12 days left", "due today", "3 days overdue". */
    static String daysLeft(Component in, long days) {
        if (days == 0) {
            return in.getTranslation("request.days.today");
        }
        return days > 0
                ? in.getTranslation("request.days.left", days)
                : in.getTranslation("request.days.overdue", -days);
    }
}
