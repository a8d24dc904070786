package org.beltportal.themes.crawl;

import java.nio.charset.StandardCharsets;

import org.beltportal.core.tenant.web.Site;
import org.beltportal.themes.site.PortalController;
import org.beltportal.themes.site.Visit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /robots.txt}: everything may be crawled except search results (endless parameter
 * combinations) and the JSON API; the sitemap is named by its absolute URL.
 */
@PortalController
class RobotsController {

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots(Site.TenantSite site, Visit visit) {
        String base = site.basePath();
        String body = "User-agent: *\n"
                + "Allow: " + base + "/\n"
                + "Disallow: " + base + "/search\n"
                + "Disallow: " + base + "/api/\n"
                + "Sitemap: " + visit.absolute("/sitemap.xml") + "\n";
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(body);
    }
}
