package org.beltportal.themes.assets;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The public URL of an asset, fingerprinted when the resource chain has a version strategy for it
 * ({@code /assets/portal.css} becomes {@code /assets/portal-<md5>.css}). Templates never see Spring's
 * request context, so this runs in Java and the result reaches them as data. Assets are on the classpath
 * and do not change while the server runs, so each path is resolved once.
 */
public class AssetUrls {

    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    /** Takes a provider: MVC's configuration, which defines the ResourceUrlProvider, is built after ours. */
    public AssetUrls(ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    /** The URL path of {@code path} (e.g. /assets/portal.css); unchanged when nothing versions it. */
    public String of(String path) {
        return resolved.computeIfAbsent(path, this::lookUp);
    }

    private String lookUp(String path) {
        String versioned = resources.getObject().getForLookupPath(path);
        return versioned == null ? path : versioned;
    }
}
