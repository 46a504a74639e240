// KFLApp
