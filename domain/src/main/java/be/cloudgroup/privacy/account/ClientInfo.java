package be.cloudgroup.privacy.account;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Minimises what is kept of a sign-in's client (data minimisation, Art. 5(1)(c)): IPv4 addresses
 * lose their last octet, IPv6 addresses keep only their /48 prefix, user agents are shortened.
 */
public final class ClientInfo {

    static final int USER_AGENT_MAX_LENGTH = 200;

    private ClientInfo() {}

    public static String truncateIp(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return address.substring(0, address.lastIndexOf('.')) + ".0";
        }
        if (address.contains(":") && address.matches("[0-9a-fA-F:.%\\[\\]a-z]+")) {
            try {
                byte[] bytes = InetAddress.getByName(address.replaceAll("[\\[\\]]|%.*$", ""))
                        .getAddress();
                if (bytes.length == 16) {
                    return String.format(
                            "%x:%x:%x::/48",
                            ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                            ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
                            ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff));
                }
            } catch (UnknownHostException e) {
                return "";
            }
        }
        return "";
    }

    public static String shortenUserAgent(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String cleaned = userAgent.replaceAll("\\p{Cntrl}", " ").trim();
        return cleaned.length() <= USER_AGENT_MAX_LENGTH ? cleaned : cleaned.substring(0, USER_AGENT_MAX_LENGTH);
    }
}
