import CFileSwap

extension OutputFolder {
    /// Removes the folder or file at `path` with everything in it, without following symbolic links;
    /// does nothing when nothing is there. (Foundation's `removeItem` took some 100 ms for a site of
    /// 300 files, on every rebuild of `serve`; this takes a few.)
    static func removeTree(_ path: String) {
        file_remove_tree(path)
    }
}
