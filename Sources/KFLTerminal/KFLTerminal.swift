// KFLTerminal
