using Editor;

var (da, db) = Functions.FGradient(3.0, 4.0);
Console.WriteLine(da + db);
