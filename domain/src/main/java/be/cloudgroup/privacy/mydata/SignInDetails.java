package be.cloudgroup.privacy.mydata;

import java.time.Instant;

/** A portal sign-in: only a truncated IP address is stored, never the full one. */
public record SignInDetails(Instant signedInAt, String ipTruncated, String userAgent) {}
