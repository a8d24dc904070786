package org.beltportal.core.media;

import java.nio.file.Path;

import org.beltportal.core.system.PortalProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The media settings and the default storage: files under {@code portal.media.dir}, else the data directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MediaProperties.class, PortalProperties.class})
public class MediaConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MediaStorage mediaStorage(MediaProperties media, PortalProperties portal) {
        Path dir = media.dir() != null ? media.dir() : portal.dataDir().resolve("media");
        return new FileSystemMediaStorage(dir);
    }
}
