package id.umkm.portal.shared.web;

import id.umkm.portal.shared.infrastructure.DatabaseFailures;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an AJAX request that met a passing database failure ({@link DatabaseFailures}) to the "service
 * busy" page: Faces answers such requests itself (with an error the visitor never sees), so the page is
 * reached by Faces' own AJAX redirect. A full-page request's failure is left to travel up to
 * {@link ServiceBusyFilter}, which shows the page in place with 503. Registered in faces-config.xml.
 */
public class ServiceBusyExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ServiceBusyExceptionHandlerFactory.class.getName());

    public ServiceBusyExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ServiceBusyExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class ServiceBusyExceptionHandler extends ExceptionHandlerWrapper {

        ServiceBusyExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null && context.getPartialViewContext().isAjaxRequest()
                    && !context.getExternalContext().isResponseCommitted()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable failure = events.next().getContext().getException();
                    if (DatabaseFailures.isPassing(failure)) {
                        LOG.log(Level.WARNING, "Database away or busy, AJAX request sent to the busy page: {0}", failure.toString());
                        // What else failed in this request followed from the same outage.
                        events.remove();
                        while (events.hasNext()) {
                            events.next();
                            events.remove();
                        }
                        redirectToBusyPage(context.getExternalContext());
                        context.responseComplete();
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static void redirectToBusyPage(ExternalContext external) {
            try {
                external.responseReset();
                external.redirect(external.getRequestContextPath() + ServiceBusyFilter.BUSY_PAGE);
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
