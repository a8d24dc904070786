package org.beltportal.core.inquiry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a client address into the one thing stored about it: HMAC-SHA256 under a secret salt. Equal
 * addresses give equal hashes, so operators can see repeat senders; without the salt, the 2^32 IPv4
 * addresses cannot be tried one by one to undo it. Set {@code portal.inquiries.address-salt} to compare
 * hashes across nodes and restarts; without it each run draws a random salt.
 */
@Component
@EnableConfigurationProperties(InquiryProperties.class)
class SenderHasher {

    private static final Logger log = LoggerFactory.getLogger(SenderHasher.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    SenderHasher(InquiryProperties properties) {
        String salt = properties.addressSalt();
        byte[] secret;
        if (salt == null || salt.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.info("portal.inquiries.address-salt is not set: inquiry sender hashes compare only within this run");
        } else {
            secret = salt.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    String hash(String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
