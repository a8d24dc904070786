package org.beltportal.search.opensearch.cluster;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.beltportal.search.opensearch.plugin.BeltPortalAnalysisPlugin;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;

/**
 * A single OpenSearch node in this JVM, its plugins taken from the class path rather than a plugins folder:
 * the launcher {@link OpenSearchProcess} runs this as a child process on the Maven artifacts. Arguments: home
 * directory, HTTP port, transport port, and optionally {@code installed}: the BeltPortal analysis plugin is then
 * not taken from the class path but from the home's plugins folder, as a cluster installs it. Prints {@value #STARTED} once the node has started and then runs until
 * it is killed or its standard input closes (so a test JVM that dies takes its node with it).
 */
public final class SingleNodeMain {

    static final String STARTED = "BELTPORTAL-OPENSEARCH-STARTED";

    private SingleNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "beltportal-test")
                .put("node.name", "beltportal-test-node")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", args[2])
                // A test machine's disk is often fuller than the production watermarks allow.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, java.util.Map.of(), null, () -> "beltportal-test-node");
        boolean installed = args.length > 3 && args[3].equals("installed");
        List<Class<? extends Plugin>> plugins = new java.util.ArrayList<>(List.of(
                org.opensearch.transport.Netty4ModulePlugin.class,
                org.opensearch.analysis.common.CommonAnalysisModulePlugin.class));
        if (!installed) {
            plugins.add(BeltPortalAnalysisPlugin.class);
        }
        Node node = new ClasspathNode(environment, plugins);
        node.start();
        System.out.println(STARTED);
        System.out.flush();
        CountDownLatch stdinClosed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // keep reading until the parent goes away
                }
            } catch (java.io.IOException ignored) {
                // the parent is gone either way
            }
            stdinClosed.countDown();
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        stdinClosed.await();
        node.close();
        System.exit(0);
    }

    /** Node's constructor that takes plugins found on the class path is protected. */
    private static final class ClasspathNode extends Node {
        ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins.stream().map(ClasspathNode::info).toList(), true);
        }

        private static PluginInfo info(Class<? extends Plugin> plugin) {
            return new PluginInfo(plugin.getName(), "classpath plugin", "NA", Version.CURRENT, "21",
                    plugin.getName(), null, List.of(), false);
        }
    }
}
