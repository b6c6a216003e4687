${text}
