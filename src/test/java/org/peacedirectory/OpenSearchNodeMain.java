package org.peacedirectory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch (with the modules the app needs: HTTP, the common analysis filters, and
 * reindex for {@code _delete_by_query}), run by {@link TestOpenSearch} in a process of its own (its log4j-core
 * clashes with Boot's log4j-to-slf4j in the test JVM). Arguments: HTTP port, transport port, data
 * directory. It stops when its standard input closes, so it never outlives the test run that started it.
 */
public final class OpenSearchNodeMain {

    private OpenSearchNodeMain() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[2]);
        Settings settings = Settings.builder()
                .put("cluster.name", "peace-directory-test")
                .put("node.name", "test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", args[0])
                .put("transport.port", args[1])
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new PluginNode(
                        settings, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class))
                .start();
        System.out.println("OpenSearch node started");
        waitForEndOfInput(System.in);
        node.close();
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() != -1) {
                // the parent writes nothing; it only keeps the pipe open while it lives
            }
        } catch (IOException parentGone) {
            // the pipe broke: stop just the same
        }
    }

    /** Node's constructor that takes classpath plugins (the plugins are jars on the classpath, not installed). */
    private static final class PluginNode extends Node {
        PluginNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
            super(
                    InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "test-node"),
                    plugins,
                    true);
        }
    }
}
