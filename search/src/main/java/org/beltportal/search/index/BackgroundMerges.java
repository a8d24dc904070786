package org.beltportal.search.index;

import java.io.IOException;

import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.beltportal.core.system.BackgroundPriority;

/** Lucene's concurrent merges, on threads of background priority ({@link BackgroundPriority}): a merge is never what a buyer waits for. */
final class BackgroundMerges extends ConcurrentMergeScheduler {

    private int threadsMade;

    @Override
    protected synchronized MergeThread getMergeThread(MergeScheduler.MergeSource mergeSource, MergePolicy.OneMerge merge)
            throws IOException {
        MergeThread thread = new MergeThread(mergeSource, merge) {
            @Override
            public void run() {
                BackgroundPriority.lowerCurrentThread();
                super.run();
            }
        };
        thread.setDaemon(true);
        thread.setName("Lucene Merge Thread #" + threadsMade++);
        return thread;
    }
}
