package com.daren.bot.api;

import com.daren.bot.crm.io.ImportProblem;
import com.daren.command.BadArgumentException;
import com.daren.crm.DuplicateInfluencerException;
import com.daren.crm.IdentityTakenException;
import com.daren.crm.IllegalTransitionException;
import com.daren.crm.InfluencerNotFoundException;
import com.daren.crm.PipelineStatus;
import com.daren.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.util.UUID;

/** Every failure of an API call as a JSON {@code {"error", "message"}} with a 4xx (or 5xx), never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem e) {
        return ResponseEntity.status(e.status()).body(e.error());
    }

    @ExceptionHandler(BadArgumentException.class)
    ResponseEntity<ApiError> badArgument(BadArgumentException e) {
        return ResponseEntity.badRequest().body(ApiError.of("bad_request", e.problem().zh(), e.problem().en()));
    }

    @ExceptionHandler(InfluencerNotFoundException.class)
    ResponseEntity<ApiError> notFound(InfluencerNotFoundException e) {
        return ResponseEntity.status(404).body(ApiError.of("not_found", "没有这个达人", "no such influencer"));
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ApiError> illegalTransition(IllegalTransitionException e) {
        var allowed = e.allowed().stream().map(PipelineStatus::id).sorted().toList();
        String moves = allowed.isEmpty() ? "无（none）" : String.join(", ", allowed);
        return ResponseEntity.status(409).body(new ApiError("illegal_transition",
                "不能从「" + e.from().zh() + "」改为「" + e.to().zh() + "」，可改为：" + moves
                        + " (cannot move from " + e.from().id() + " to " + e.to().id() + ")", allowed));
    }

    @ExceptionHandler(DuplicateInfluencerException.class)
    ResponseEntity<ApiError> duplicate(DuplicateInfluencerException e) {
        return ResponseEntity.status(409).body(ApiError.of("duplicate", "同一平台已有这个账号：#" + e.existingId(),
                "that platform and handle are already influencer #" + e.existingId()));
    }

    @ExceptionHandler(IdentityTakenException.class)
    ResponseEntity<ApiError> identityTaken(IdentityTakenException e) {
        return ResponseEntity.status(409).body(ApiError.of("identity_taken", "这个微信身份已关联到达人 #" + e.otherId(),
                "that WeChat identity already belongs to influencer #" + e.otherId()));
    }

    @ExceptionHandler(ImportProblem.class)
    ResponseEntity<ApiError> importProblem(ImportProblem e) {
        return ResponseEntity.status(e.kind().status()).body(ApiError.of(e.kind().code(), e.problem().zh(), e.problem().en()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(413).body(ApiError.of("too_large", "文件太大", "the file is too large"));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiError> noFile(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("bad_request", "请以 multipart 字段 file 上传文件",
                "upload the file as the multipart field file"));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception e) {
        return ResponseEntity.badRequest().body(ApiError.of("bad_request", "请求格式不对", "the request could not be read"));
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ApiError> store(StoreException e) {
        String id = errorId();
        log.error("API call failed in the store (error id {})", id, e);
        return ResponseEntity.status(503).body(ApiError.of("unavailable", "存储暂时不可用，请稍后再试（错误编号 " + id + "）",
                "storage is unavailable, try again later (error id " + id + ")"));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        String id = errorId();
        log.error("API call failed (error id {})", id, e);
        return ResponseEntity.status(500).body(ApiError.of("internal_error", "出错了（错误编号 " + id + "）",
                "something went wrong (error id " + id + ")"));
    }

    private static String errorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
