package org.cohesion.it.server;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.util.ThreadContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every in-container test shares (in the manner of OmniFaces' OmniFacesIT): it runs inside the
 * suite's one deployment ({@code it.Deployments}, which adds this package to the war), with {@link
 * Users} to act as an account; a test extends it, injects the services it tests and keeps only its
 * scenario. For tests of concurrency, {@link #containerThreads} and {@link #asRequest} give work
 * the container threads and request scope a real request has; {@link #committed} and {@link
 * #rolledBack} bound work by a transaction of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTestBase {

  @Inject protected Users users;
  @Inject private Instance<RequestContextController> requestContexts;
  @Inject private UserTransaction tx;

  /** Threads of the container's, which see its naming, transactions and CDI, unlike bare ones. */
  protected ManagedThreadFactory threadFactory() {
    try {
      return InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A pool of {@code size} container threads; the caller shuts it down. */
  protected ExecutorService containerThreads(int size) {
    return Executors.newFixedThreadPool(size, threadFactory());
  }

  /**
   * {@code work} as a request runs it, for a container thread of the test's own: such a thread has
   * no request, hence neither Shiro's security manager nor a request scope. Call this on the test's
   * thread; the work it answers may run on any.
   */
  protected <T> Callable<T> asRequest(Callable<T> work) {
    SecurityManager security = SecurityUtils.getSecurityManager();
    return () -> {
      ThreadContext.bind(security);
      RequestContextController request = requestContexts.get();
      request.activate();
      try {
        return work.call();
      } finally {
        request.deactivate();
        ThreadContext.remove();
      }
    };
  }

  /** Runs {@code work} in a transaction of its own, committed unless the work throws. */
  protected void committed(Runnable work) throws Exception {
    tx.begin();
    try {
      work.run();
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
    tx.commit();
  }

  /** Runs {@code work} in a transaction of its own, then rolls it back whatever happened. */
  protected void rolledBack(Runnable work) throws Exception {
    tx.begin();
    try {
      work.run();
    } finally {
      tx.rollback();
    }
  }
}
