package be.cloudgroup.privacy.ui.unsubscribe;

/**
 * Where an unsubscribe link leads: a page that shows what will change and asks to confirm, and
 * the one-click address mail programs post to (RFC 8058).
 */
public final class UnsubscribeRoutes {

    static final String PAGE = "unsubscribe";
    static final String ONE_CLICK = "/unsubscribe-one-click/";

    private UnsubscribeRoutes() {}

    public static String pageUrl(String publicUrl, String token) {
        return base(publicUrl) + "/" + PAGE + "/" + token;
    }

    public static String oneClickUrl(String publicUrl, String token) {
        return base(publicUrl) + ONE_CLICK + token;
    }

    private static String base(String publicUrl) {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
