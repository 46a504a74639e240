// KFLImport
