package com.daren.bot.wecom.external;

import com.daren.outreach.DeliveryResult;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.apache.http.client.HttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;
import org.springframework.dao.DataAccessException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * What a failed add_msg_template call means for the message. An errcode answer created nothing (Failed, retryable
 * for throttling and busy servers); neither did a connection that never opened, nor a Redis failure (WxJava reads
 * its access token from Redis before sending). Anything after the request left without an answer (a read timeout,
 * a dropped connection) may have created the task: Unknown, never re-sent.
 */
final class WeComSendErrors {

    /** -1 busy, 45009 API frequency, 45033 concurrency; 42001/40014 once WxJava's own token refresh did not help. */
    private static final Set<Integer> RETRYABLE = Set.of(-1, 45009, 45033, 42001, 40014);

    private WeComSendErrors() {
    }

    static DeliveryResult toResult(Exception e) {
        if (e instanceof WxErrorException wx) {
            WxError error = wx.getError();
            return new DeliveryResult.Failed("WeCom refused the mass-send task: errcode " + error.getErrorCode() + " "
                    + error.getErrorMsg(), RETRYABLE.contains(error.getErrorCode()));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException http) {
                return new DeliveryResult.Failed("WeCom answered HTTP " + http.getStatusCode(), http.getStatusCode() >= 500);
            }
            if (t instanceof ConnectException || t instanceof ConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return new DeliveryResult.Failed("could not reach WeCom: " + t, true);
            }
            if (t instanceof DataAccessException) {
                // WxJava touches Redis (its shared access token and lock) only before a request, or after WeCom
                // refused one for an expired token: a Redis failure means this call created no task.
                return new DeliveryResult.Failed("could not use the WeCom access token in Redis: " + rootOf(t), true);
            }
        }
        return new DeliveryResult.Unknown("no answer from WeCom after sending the mass-send task: " + rootOf(e));
    }

    private static String rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
