// KFLStore
