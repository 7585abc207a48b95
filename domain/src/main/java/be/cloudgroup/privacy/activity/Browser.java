package be.cloudgroup.privacy.activity;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A short, readable name of a browser and its operating system ("Firefox", "Windows") derived
 * from a user agent. Either part is {@code null} when it cannot be recognised.
 */
public record Browser(@Nullable String name, @Nullable String system) {

    /** Order matters: Edge and Opera also claim to be Chrome, Chrome claims to be Safari. */
    private static final List<String[]> NAMES = List.of(
            new String[] {"edg/", "Edge"},
            new String[] {"edga/", "Edge"},
            new String[] {"edgios/", "Edge"},
            new String[] {"opr/", "Opera"},
            new String[] {"samsungbrowser/", "Samsung Internet"},
            new String[] {"firefox/", "Firefox"},
            new String[] {"fxios/", "Firefox"},
            new String[] {"crios/", "Chrome"},
            new String[] {"chromium/", "Chromium"},
            new String[] {"chrome/", "Chrome"},
            new String[] {"safari/", "Safari"},
            new String[] {"trident/", "Internet Explorer"},
            new String[] {"curl/", "curl"});

    private static final List<String[]> SYSTEMS = List.of(
            new String[] {"iphone", "iOS"},
            new String[] {"ipad", "iPadOS"},
            new String[] {"android", "Android"},
            new String[] {"windows", "Windows"},
            new String[] {"cros", "ChromeOS"},
            new String[] {"mac os x", "macOS"},
            new String[] {"macintosh", "macOS"},
            new String[] {"linux", "Linux"});

    public static Browser of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Browser(null, null);
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return new Browser(find(NAMES, agent), find(SYSTEMS, agent));
    }

    public boolean isKnown() {
        return name != null || system != null;
    }

    private static String find(List<String[]> table, String agent) {
        return table.stream()
                .filter(entry -> agent.contains(entry[0]))
                .map(entry -> entry[1])
                .findFirst()
                .orElse(null);
    }
}
