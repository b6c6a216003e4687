package com.daren.bot.crm.io;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

@Configuration(proxyBeanMethods = false)
class IoConfiguration {

    /**
     * Upload limits for every multipart request come from {@code daren.io.max-file-size}, so the import's limit is
     * configured once (Boot's own {@code spring.servlet.multipart.max-*} are not used).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(IoProperties properties) {
        long max = properties.maxFileSize().toBytes();
        return new MultipartConfigElement("", max, max + 1024 * 1024, 1024 * 1024);
    }

    /** Writes imported rows; shared by concurrent imports, each of which bounds its own rows in flight. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService importWriters(IoProperties properties) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(properties.importThreads(), properties.importThreads(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "import-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }
}
