package com.daren.bot.command;

import com.daren.access.OperatorDirectory;
import com.daren.audit.AuditLog;
import com.daren.command.CommandDispatcher;
import com.daren.command.CommandHandler;
import com.daren.command.CommandRegistry;
import com.daren.template.MessageTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** Collects every {@link CommandHandler} bean into one registry; a duplicate name or alias fails start-up. */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    @Bean
    CommandRegistry commandRegistry(List<CommandHandler> handlers) {
        return new CommandRegistry(handlers);
    }

    @Bean
    CommandDispatcher commandDispatcher(CommandRegistry registry, OperatorDirectory operators, AuditLog audit,
                                        MessageTemplates templates, Clock clock) {
        return new CommandDispatcher(registry, operators, audit, templates, clock);
    }
}
