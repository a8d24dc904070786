package org.beltportal.core.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code sha256=} and the hex HMAC-SHA256, keyed with the belt's secret, of
 * the timestamp (Unix seconds, also sent as {@code X-BeltPortal-Timestamp}), a dot and the body. Signing the
 * timestamp with the body lets a receiver refuse an old request replayed with its valid signature.
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-BeltPortal-Signature";
    public static final String TIMESTAMP_HEADER = "X-BeltPortal-Timestamp";

    private WebhookSigner() {
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
