package org.beltportal.core.system;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code portal.*} settings of the whole node, read by several modules: its files, the platform's own
 * hosts, whom to believe about client addresses, the first start, the JSON body limit. Each default is
 * written here and nowhere else; application.properties sets only what the packaged server chooses
 * differently (decision 0024). A value out of range stops the start with a message naming the property.
 *
 * @param dataDir directory of this node's search index, node name and (embedded profile) H2 database; give
 *        every node its own
 * @param platformHosts hosts that show the platform page (the list of belts) instead of a belt; the first is
 *        also the host of absolute URLs of /t/{slug}/ pages asked on an unknown host
 * @param trustedProxies proxies (addresses or CIDR blocks) whose X-Forwarded-For names the client; empty:
 *        none, every request's own address is the client
 * @param adminPassword password of the platform admin "admin", used only when that user is first created;
 *        unset: one is generated and logged once
 * @param demoData whether to seed the demo belts into a database without tenants at start
 * @param maxRequestBody largest JSON request body the APIs accept (413 beyond); uploads have their own limit
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue({"localhost", "127.0.0.1"}) @NotEmpty List<String> platformHosts,
        @DefaultValue List<String> trustedProxies,
        String adminPassword,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("1MB") @NotNull @DataSizeMin(bytes = 1) DataSize maxRequestBody) {
}
