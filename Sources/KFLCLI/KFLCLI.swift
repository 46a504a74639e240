public enum KFLCLI {
    public static func main(_ arguments: [String]) -> Int32 { 0 }
}
