package com.daren.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection for the load driver: writes a request built ahead as bytes, reads the status
 * and the body (Content-Length or chunked). Far cheaper per request than {@code java.net.http}, whose selector
 * thread, executors and futures cost the client about as much CPU as the server spent answering. Not thread-safe:
 * one per sending thread. Reconnects when the server closed the connection (Tomcat does after 100 requests).
 */
final class HttpConnection implements AutoCloseable {

    record Response(int status, String body) {
    }

    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Requests answered on this socket: a socket that answered before may have been closed idle by the server. */
    private int answered;

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends {@code request} (a whole HTTP/1.1 request) and reads the response; IOException if that failed. */
    Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        boolean reused = answered > 0;
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (EOFException | java.net.SocketException e) {
            close();
            if (!reused) {
                throw e;
            }
            // The server closed it while idle, before reading our request: send it once more on a new socket.
            connect();
            out.write(request);
            out.flush();
            return read();
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 8192);
        out = s.getOutputStream();
        answered = 0;
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        String body;
        if (chunked) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                bytes.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            body = bytes.toString(StandardCharsets.UTF_8);
        } else if (length >= 0) {
            byte[] b = in.readNBytes(length);
            if (b.length < length) {
                throw new EOFException("body cut short");
            }
            body = new String(b, StandardCharsets.UTF_8);
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            close = true;
        }
        answered++;
        if (close) {
            close();
        }
        return new Response(status, body);
    }

    private int chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
    }

    /** One header line without its CRLF; EOFException at the end of the stream. */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
            socket = null;
        }
    }
}
