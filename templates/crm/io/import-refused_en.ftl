Nothing imported from "${fileName}": ${problem}
